using System.Collections;
using Scriban.Parsing;
using Scriban.Syntax;

namespace SiteBuilder.Templates.Plans;

/// <summary>A statement of a template, as a plan runs it: it writes what Scriban's statement writes, where Scriban writes it.</summary>
internal abstract class PlanStatement
{
    public abstract void Run(PlanRun run);
}

/// <summary>Text of the template between its tags, written as Scriban writes it (indented within an indented block).</summary>
/// <param name="piece">The text's place in its stretch, which the page's rewriter takes as read (see <see cref="MarkupRun"/>).</param>
internal sealed class RawStatement(ScriptStringSlice text, MarkupRun.Piece? piece = null) : PlanStatement
{
    public string Text => text.FullText!.Substring(text.Index, text.Length); // the compiler leaves out text without a string

    public RawStatement In(MarkupRun.Piece of) => new(text, of);

    public override void Run(PlanRun run)
    {
        var at = run.Written;
        run.Context.WriteText(text.FullText!, text.Index, text.Length);
        if (piece is not null)
        {
            run.Mark(piece, at);
        }
    }
}

/// <summary>An expression whose value is written (escaped, unless it is HTML), in the span of its block as Scriban does.</summary>
/// <param name="piece">The value's place in its stretch (see <see cref="MarkupRun"/>).</param>
internal sealed class OutputStatement(PlanExpression expression, SourceSpan blockSpan, MarkupRun.Piece? piece = null) : PlanStatement
{
    public OutputStatement In(MarkupRun.Piece of) => new(expression, blockSpan, of);

    public override void Run(PlanRun run)
    {
        var value = expression.Evaluate(run);
        var at = run.Written;
        if (value is not null)
        {
            run.Context.Write(blockSpan, value);
        }

        if (piece is not null && value is not (HtmlString or HtmlChunks))
        {
            run.Mark(piece, at);
        }
    }
}

/// <summary>
/// A block of statements, with Scriban's indentation: a tag preceded on its line by white space only indents what its
/// statements write by that white space, until the tag closes.
/// </summary>
internal sealed class BlockStatement((PlanStatement? Statement, ScriptEscapeStatement? Escape)[] statements) : PlanStatement
{
    public override void Run(PlanRun run)
    {
        var context = run.Context;
        var autoIndent = context.AutoIndent;
        var previousIndent = context.CurrentIndent;
        var currentIndent = previousIndent;
        try
        {
            for (var i = 0; i < statements.Length; i++)
            {
                var (statement, escape) = statements[i];
                if (escape is not null)
                {
                    if (autoIndent)
                    {
                        currentIndent = escape.IsEntering ? escape.Indent : previousIndent;
                    }

                    context.CurrentIndent = currentIndent;
                    continue;
                }

                context.CurrentIndent = currentIndent;
                statement!.Run(run);
            }
        }
        finally
        {
            context.CurrentIndent = previousIndent;
        }
    }
}

/// <summary><c>if</c>, with its <c>else if</c> and <c>else</c>.</summary>
internal sealed class IfStatement(PlanExpression condition, PlanStatement then, PlanStatement? otherwise) : PlanStatement
{
    public override void Run(PlanRun run)
    {
        if (run.Context.ToBool(condition.Span, condition.Evaluate(run)))
        {
            then.Run(run);
        }
        else
        {
            otherwise?.Run(run);
        }
    }
}

/// <summary>
/// <c>for item in list</c>, over what Scriban loops over (a list or any other sequence but a string; nothing for a
/// null), its <c>for</c> object kept in <paramref name="progressSlot"/>. Scriban counts the steps of nested loops
/// together, from the outermost loop's start, against the context's limit: a run past it is left to Scriban, which
/// reports it.
/// </summary>
internal sealed class ForStatement(PlanExpression list, int itemSlot, int progressSlot, PlanStatement body) : PlanStatement
{
    public override void Run(PlanRun run)
    {
        var value = list.Evaluate(run);
        if (value is null)
        {
            return;
        }

        if (value is not IEnumerable items || value is string or System.Linq.IQueryable)
        {
            // a string is a sequence of characters to Scriban, a query has a limit of its own, anything else is an error
            throw new PlanAbandoned();
        }

        // a list by index (no enumerator to make); any other sequence read once, in order, into one
        var indexed = items as IList ?? Read(items);
        var progress = new LoopProgress(items is ICollection collection ? collection.Count : null);
        var count = indexed.Count;
        if (count == 0)
        {
            return;
        }

        var limit = run.Context.LoopLimit;
        var (savedItem, savedProgress) = (run[itemSlot], run[progressSlot]);
        run[progressSlot] = progress;
        if (run.LoopDepth++ == 0)
        {
            run.LoopSteps = 0;
        }

        try
        {
            object? previous = null;
            for (var index = 0; index < count; index++)
            {
                if (limit != 0 && ++run.LoopSteps > limit)
                {
                    throw new PlanAbandoned();
                }

                var item = indexed[index];
                progress.Index = index;
                progress.IsLast = index == count - 1;
                progress.Step(previous, item);
                run[itemSlot] = item;
                body.Run(run);
                previous = item;
            }
        }
        finally
        {
            run.LoopDepth--;
            (run[itemSlot], run[progressSlot]) = (savedItem, savedProgress);
        }
    }

    private static List<object?> Read(IEnumerable items)
    {
        var read = new List<object?>();
        foreach (var item in items)
        {
            read.Add(item);
        }

        return read;
    }
}

/// <summary>
/// <c>name = value</c> outside loops, set in the context as Scriban sets it (a partial called after reads it there) and
/// in the plan's own slot for the name.
/// </summary>
internal sealed class AssignStatement(GlobalExpression target, PlanExpression value) : PlanStatement
{
    public override void Run(PlanRun run)
    {
        var assigned = value.Evaluate(run);
        try
        {
            run.Context.SetValue(target.Variable, assigned);
        }
        catch (ScriptRuntimeException)
        {
            throw new PlanAbandoned(); // a name Scriban keeps read-only: it reports that
        }

        run[target.Slot] = PlanValues.Checked(assigned);
    }
}
