using System.Collections;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteBuilder.Templates.Plans;

/// <summary>An expression of a template, as a plan evaluates it: the same value Scriban's node gives, without its interpreter.</summary>
internal abstract class PlanExpression(SourceSpan span)
{
    public SourceSpan Span => span;

    public abstract object? Evaluate(PlanRun run);
}

internal sealed class LiteralExpression(SourceSpan span, object? value) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run) => value;
}

/// <summary>A name the template does not bind itself (<c>page</c>, <c>site</c>): read from the context once per run.</summary>
internal sealed class GlobalExpression(ScriptVariableGlobal variable, int slot) : PlanExpression(variable.Span)
{
    public ScriptVariableGlobal Variable => variable;

    public int Slot => slot;

    public override object? Evaluate(PlanRun run) => run.Global(slot, variable);

    /// <summary>The value as a function to call.</summary>
    public object? Function(PlanRun run) => run.Global(slot, variable, function: true);
}

/// <summary>A loop's variable (<c>entry</c> in <c>for entry in …</c>), or the loop's own state (<c>for</c>).</summary>
internal sealed class SlotExpression(SourceSpan span, int slot) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run) => run[slot];
}

/// <summary><c>target.member</c>, through the context's accessor for the target's type, as Scriban reads it.</summary>
internal sealed class MemberExpression(SourceSpan span, PlanExpression target, string member, SourceSpan memberSpan) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run)
    {
        var value = target.Evaluate(run);
        if (value is LoopProgress loop)
        {
            return loop.Member(member);
        }

        if (value is null)
        {
            throw new PlanAbandoned(); // Scriban reports a member of nothing
        }

        var context = run.Context;
        var type = Type.GetTypeHandle(value); // the type's handle, without making its Type (which costs a lookup in a native build)
        var last = lastAccessor;
        var known = last is not null && last.Type.Equals(type);
        if (known && last!.Getter is { } getter)
        {
            return PlanValues.Checked(getter.Invoke(value), ref plain);
        }

        var accessor = known ? last!.Accessor : context.GetMemberAccessor(value);
        if (!accessor.TryGetValue(context, memberSpan, value, member, out var found))
        {
            throw new PlanAbandoned(); // Scriban reports the missing member
        }

        if (!known)
        {
            lastAccessor = new TypedAccessor(type, accessor, Getter(context, value, found));
        }

        return PlanValues.Checked(found, ref plain);
    }

    /// <summary>
    /// The property getter that Scriban's accessor read <paramref name="found"/> through, for a plain public property of
    /// a record of ours, to call without the accessor's table and reflection's checks; null for anything else.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The models are this assembly's own types, kept whole for the templates (TrimmerRootAssembly), as Scriban's accessor reads them.")]
    private System.Reflection.MethodInvoker? Getter(Scriban.TemplateContext context, object value, object? found)
    {
        var type = value.GetType();
        if (type.Assembly != typeof(PlanExpression).Assembly)
        {
            return null;
        }

        System.Reflection.PropertyInfo? match = null;
        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && context.MemberRenamer(property) == member && (context.MemberFilter is null || context.MemberFilter(property)))
            {
                if (match is not null)
                {
                    return null;
                }

                match = property;
            }
        }

        if (match?.GetMethod is not { } get || !Equals(get.Invoke(value, null), found))
        {
            return null;
        }

        return System.Reflection.MethodInvoker.Create(get);
    }

    /// <summary>The type of the value last read here, known to be plain (a value, not a function: see <see cref="PlanValues"/>).</summary>
    private RuntimeTypeHandle plain;

    /// <summary>
    /// The accessor for the type this member was last read from, which it is read from again next time: one place in
    /// a template reads one type. Every context gives the same accessor for a type (they are alike, and an accessor
    /// reads a type's members without changing), so the pages' threads share it; it is swapped whole, never changed.
    /// </summary>
    private TypedAccessor? lastAccessor;

    private sealed record TypedAccessor(RuntimeTypeHandle Type, IObjectAccessor Accessor, System.Reflection.MethodInvoker? Getter);
}

/// <summary>A binary operator: <c>&amp;&amp;</c> and <c>||</c> short-circuit as Scriban's do, the others are Scriban's own.</summary>
internal sealed class BinaryExpression(SourceSpan span, ScriptBinaryOperator op, SourceSpan operatorSpan, PlanExpression left, PlanExpression right) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run)
    {
        var context = run.Context;
        var leftValue = left.Evaluate(run);
        switch (op)
        {
            case ScriptBinaryOperator.And:
                return PlanValues.Box(context.ToBool(left.Span, leftValue) && context.ToBool(right.Span, right.Evaluate(run)));
            case ScriptBinaryOperator.Or:
                return PlanValues.Box(context.ToBool(left.Span, leftValue) || context.ToBool(right.Span, right.Evaluate(run)));
            default:
                var rightValue = right.Evaluate(run);
                try
                {
                    return ScriptBinaryExpression.Evaluate(context, operatorSpan, op, left.Span, leftValue, right.Span, rightValue);
                }
                catch (ScriptRuntimeException)
                {
                    throw new PlanAbandoned();
                }
        }
    }
}

/// <summary><c>!value</c>.</summary>
internal sealed class NotExpression(SourceSpan span, PlanExpression operand) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run) => PlanValues.Box(!run.Context.ToBool(operand.Span, operand.Evaluate(run)));
}

/// <summary><c>partial "partials/x.html"</c>: the site's one function, called as Scriban calls it.</summary>
internal sealed class PartialCallExpression(ScriptFunctionCall call, GlobalExpression function, PlanExpression argument) : PlanExpression(call.Span)
{
    public override object? Evaluate(PlanRun run)
    {
        if (function.Function(run) is not PartialFunction partial)
        {
            throw new PlanAbandoned();
        }

        return partial.Invoke(run.Context, call, new ScriptArray { argument.Evaluate(run) }, null);
    }
}

/// <summary>
/// <c>list[index]</c> for a list and a whole number, as Scriban reads it (from the end for a negative number, nothing
/// past either end); a dictionary, an object or another kind of index is left to Scriban.
/// </summary>
internal sealed class IndexerExpression(SourceSpan span, PlanExpression target, PlanExpression index) : PlanExpression(span)
{
    public override object? Evaluate(PlanRun run)
    {
        var list = target.Evaluate(run);
        if (list is not IList || list is IDictionary or IScriptObject || index.Evaluate(run) is not int at)
        {
            throw new PlanAbandoned();
        }

        var context = run.Context;
        var accessor = context.GetListAccessor(list);
        var length = accessor.GetLength(context, target.Span, list);
        at = at < 0 ? length + at : at;
        if (!context.EnableRelaxedIndexerAccess && (at < 0 || at >= length))
        {
            throw new PlanAbandoned(); // Scriban reports the index out of bounds
        }

        return at >= 0 ? PlanValues.Checked(accessor.GetValue(context, index.Span, list, at)) : null;
    }
}
