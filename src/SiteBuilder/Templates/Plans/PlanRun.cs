using Scriban.Syntax;

namespace SiteBuilder.Templates.Plans;

/// <summary>One run of a plan: its context, and the values of its variables (globals read once, loop variables).</summary>
internal sealed class PlanRun(EscapingTemplateContext context, int slots)
{
    /// <summary>Marks a global not read yet.</summary>
    private static readonly object Unread = new();

    private readonly object?[] values = Filled(slots);

    public EscapingTemplateContext Context => context;

    /// <summary>Where the run writes, and the marks of its pieces there (null when the output keeps none).</summary>
    private readonly EscapingTemplateContext.MarkedOutput? marked = context.Output as EscapingTemplateContext.MarkedOutput;

    /// <summary>How long the output is, before a piece is written: where its mark begins.</summary>
    public int Written => marked?.Builder.Length ?? 0;

    /// <summary>
    /// Marks the piece of a stretch just written from <paramref name="at"/> (see <see cref="TemplateMark"/>),
    /// when it went into the marked output as the template has it (nothing indented); a value written as HTML is
    /// not marked, which ends the stretch's taking there.
    /// </summary>
    public void Mark(MarkupRun.Piece piece, int at)
    {
        if (marked is { } output && output.Marks.Count < EscapingTemplateContext.MostMarks && string.IsNullOrEmpty(context.CurrentIndent))
        {
            output.Marks.Add(new TemplateMark(at, output.Builder.Length, piece));
        }
    }

    /// <summary>How many loops are running, one in another.</summary>
    public int LoopDepth { get; set; }

    /// <summary>The steps of the loops since the outermost began, counted against the context's limit as Scriban counts them.</summary>
    public long LoopSteps { get; set; }

    public object? this[int slot]
    {
        get => values[slot];
        set => values[slot] = value;
    }

    /// <summary>A global's value, read from the context the first time (the plan's own assignments set the slot too).</summary>
    /// <param name="function">Whether the value is called (<c>partial "…"</c>), and so may be a function.</param>
    public object? Global(int slot, ScriptVariableGlobal variable, bool function = false)
    {
        var value = values[slot];
        if (ReferenceEquals(value, Unread))
        {
            try
            {
                value = context.GetValue(variable); // Scriban's own lookup: an unknown name under strict variables throws
            }
            catch (ScriptRuntimeException)
            {
                throw new PlanAbandoned();
            }

            values[slot] = value = function ? value : PlanValues.Checked(value);
        }

        return value;
    }

    private static object?[] Filled(int slots)
    {
        var values = new object?[slots];
        Array.Fill(values, Unread);
        return values;
    }
}
