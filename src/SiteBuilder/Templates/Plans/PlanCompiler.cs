using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace SiteBuilder.Templates.Plans;

/// <summary>
/// Makes a <see cref="TemplatePlan"/> of a parsed template when every node of it is one a plan runs exactly as
/// Scriban does: text, output, <c>if</c>/<c>else if</c>/<c>else</c>, <c>for … in</c> without options or <c>else</c>,
/// names, members, list items by number, literals (and negative numbers), parentheses, <c>!</c>, comparisons, <c>&amp;&amp;</c>, <c>||</c>, and <c>partial "…"</c>
/// outside loops, <c>name = value</c> outside loops. Anything else (other assignments, pipes, other functions, Scriban's built-in objects, front matter)
/// leaves the whole template to Scriban's interpreter.
/// </summary>
internal sealed class PlanCompiler
{
    private readonly Dictionary<string, GlobalExpression> globals = new(StringComparer.Ordinal);

    /// <summary>The loops the compiler is in, innermost last: each one's variable and their slots.</summary>
    private readonly List<(string Name, int ItemSlot, int ProgressSlot)> loops = [];

    private int slots;

    /// <summary>How the page's rewriter reads the plan's stretches; null to give them no reading.</summary>
    private readonly MarkupReader? read;

    private PlanCompiler(MarkupReader? read)
    {
        this.read = read;
    }

    /// <param name="read">How the page's rewriter reads markup, so that it can take the stretches' tags as read on every page (see <see cref="MarkupRun"/>).</param>
    public static TemplatePlan? Compile(Template template, MarkupReader? read = null)
    {
        if (template.Page is not { FrontMatter: null, Body: { } body })
        {
            return null;
        }

        var compiler = new PlanCompiler(read);
        return compiler.Block(body) is { } block ? new TemplatePlan(block, compiler.slots) : null;
    }

    private BlockStatement? Block(ScriptBlockStatement block)
    {
        var statements = new List<(PlanStatement?, ScriptEscapeStatement?)>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            if (statement is ScriptEscapeStatement escape)
            {
                statements.Add((null, escape));
                continue;
            }

            if (statement.CanSkipEvaluation)
            {
                continue;
            }

            var planned = statement switch
            {
                ScriptRawStatement raw => raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText) ? Nothing : new RawStatement(raw.Text),
                ScriptExpressionStatement { Expression: ScriptAssignExpression assignment } => Assign(assignment),
                ScriptExpressionStatement { CanOutput: true, Expression: { } expression } => Expression(expression) is { } value ? new OutputStatement(value, block.Span) : null,
                ScriptIfStatement condition => If(condition),
                ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
                _ => null,
            };
            if (planned is null)
            {
                return null;
            }

            if (!ReferenceEquals(planned, Nothing))
            {
                statements.Add((planned, null));
            }
        }

        if (read is not null)
        {
            Stretches(statements, read);
        }

        return new BlockStatement([.. statements]);
    }

    /// <summary>
    /// Gives each stretch of the block's text and values (up to a statement of another kind) its reading, for the
    /// page's rewriter to take as read (see <see cref="MarkupRun"/>): only stretches with markup.
    /// </summary>
    private static void Stretches(List<(PlanStatement? Statement, ScriptEscapeStatement? Escape)> statements, MarkupReader read)
    {
        var start = 0;
        while (start < statements.Count)
        {
            var end = start;
            var texts = new List<string?>();
            var at = new List<int>();
            for (; end < statements.Count && statements[end].Statement is null or RawStatement or OutputStatement; end++)
            {
                if (statements[end].Statement is { } statement)
                {
                    texts.Add(statement is RawStatement raw ? raw.Text : null);
                    at.Add(end);
                }
            }

            if (texts.Exists(text => text?.Contains('<', StringComparison.Ordinal) == true))
            {
                var run = new MarkupRun(texts, read);
                for (var i = 0; i < at.Count; i++)
                {
                    statements[at[i]] = (statements[at[i]].Statement switch
                    {
                        RawStatement raw => raw.In(run.Pieces[i]),
                        OutputStatement output => output.In(run.Pieces[i]),
                        var other => other,
                    }, null);
                }
            }

            start = Math.Max(end, start + 1);
        }
    }

    /// <summary>A statement that writes nothing (empty text), left out of the plan.</summary>
    private static readonly PlanStatement Nothing = new BlockStatement([]);

    private IfStatement? If(ScriptIfStatement statement)
    {
        if (statement.Condition is not { } condition || Expression(condition) is not { } test || statement.Then is not { } then || Block(then) is not { } thenBlock)
        {
            return null;
        }

        PlanStatement? otherwise = null;
        switch (statement.Else)
        {
            case null:
                break;
            case ScriptIfStatement elseIf:
                otherwise = If(elseIf);
                if (otherwise is null)
                {
                    return null;
                }

                break;
            case ScriptElseStatement { Body: { } body }:
                otherwise = Block(body);
                if (otherwise is null)
                {
                    return null;
                }

                break;
            case ScriptElseStatement:
                break;
            default:
                return null;
        }

        return new IfStatement(test, thenBlock, otherwise);
    }

    private ForStatement? For(ScriptForStatement loop)
    {
        if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is not { } iterator || loop.Body is not { } body
            || loop.NamedArguments is { Count: > 0 } || loop.Else is not null || loop.SetContinue || Expression(iterator) is not { } list)
        {
            return null;
        }

        var (itemSlot, progressSlot) = (slots++, slots++);
        loops.Add((variable.Name, itemSlot, progressSlot));
        var planned = Block(body);
        loops.RemoveAt(loops.Count - 1);
        return planned is null ? null : new ForStatement(list, itemSlot, progressSlot, planned);
    }

    private PlanExpression? Expression(ScriptExpression expression) => expression switch
    {
        ScriptLiteral literal => new LiteralExpression(literal.Span, literal.Value),
        ScriptNestedExpression { Expression: { } inner } => Expression(inner),
        ScriptVariableGlobal global => Name(global),
        ScriptMemberExpression { Target: { } target, Member: { } member, DotToken.TokenType: TokenType.Dot } => Expression(target) is { } of ? new MemberExpression(expression.Span, of, member.Name, member.Span) : null,
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Negate, Right: ScriptLiteral { Value: int number } } => new LiteralExpression(expression.Span, -number), // page.items[-1]
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } operand } => Expression(operand) is { } value ? new NotExpression(expression.Span, value) : null,
        ScriptBinaryExpression { Left: { } left, Right: { } right } binary when Compared(binary.Operator) && Expression(left) is { } l && Expression(right) is { } r =>
            new BinaryExpression(binary.Span, binary.Operator, binary.OperatorToken?.Span ?? binary.Span, l, r),
        ScriptIndexerExpression { Target: { } target, Index: { } index } => Expression(target) is { } list && Expression(index) is { } at ? new IndexerExpression(expression.Span, list, at) : null,
        ScriptFunctionCall call => Partial(call),
        _ => null,
    };

    /// <summary>
    /// <c>name = value</c> at a template's top level (<c>downloads = page.downloads</c> before a partial that lists
    /// them); an assignment in a loop, to a loop's variable, or of another kind is left to Scriban.
    /// </summary>
    private AssignStatement? Assign(ScriptAssignExpression assignment)
    {
        if (assignment is not { Target: ScriptVariableGlobal target, EqualToken.TokenType: TokenType.Equal, Value: { } value }
            || loops.Count > 0 || target.Name == "for" || TemplateCatalogue.BuiltinNames.Contains(target.Name) || Expression(value) is not { } planned)
        {
            return null;
        }

        return new AssignStatement(Global(target), planned);
    }

    private static bool Compared(ScriptBinaryOperator op) => op is ScriptBinaryOperator.And or ScriptBinaryOperator.Or
        or ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
        or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
        or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual;

    /// <summary>A loop's variable or <c>for</c>, or a global (one slot each, read once per run); Scriban's built-in objects are left to Scriban.</summary>
    private PlanExpression? Name(ScriptVariableGlobal variable)
    {
        if (variable.Name == "for" && loops.Count > 0)
        {
            return new SlotExpression(variable.Span, loops[^1].ProgressSlot); // the innermost loop's progress
        }

        for (var i = loops.Count - 1; i >= 0; i--)
        {
            if (loops[i].Name == variable.Name)
            {
                return new SlotExpression(variable.Span, loops[i].ItemSlot);
            }
        }

        return TemplateCatalogue.BuiltinNames.Contains(variable.Name) ? null : Global(variable);
    }

    private GlobalExpression Global(ScriptVariableGlobal variable)
    {
        if (!globals.TryGetValue(variable.Name, out var global))
        {
            globals[variable.Name] = global = new GlobalExpression(variable, slots++);
        }

        return global;
    }

    /// <summary>
    /// <c>partial "…"</c> with one argument, outside loops: a partial sees the variables of the loops it is called in,
    /// which a plan keeps to itself.
    /// </summary>
    private PartialCallExpression? Partial(ScriptFunctionCall call)
    {
        if (call.Target is not ScriptVariableGlobal { Name: "partial" } target || call.Arguments.Count != 1 || loops.Count > 0
            || Expression(call.Arguments[0]) is not { } argument)
        {
            return null;
        }

        return new PartialCallExpression(call, Global(target), argument);
    }
}
