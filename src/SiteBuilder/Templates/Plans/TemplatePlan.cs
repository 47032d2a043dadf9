using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteBuilder.Templates.Plans;

/// <summary>
/// A template compiled once into a tree that writes, through the same context, exactly what Scriban's interpreter
/// writes, at a fraction of its cost: names are read once per run, loop variables are slots, and no node goes through
/// the interpreter's stacks. A run that meets anything it does not do as Scriban would (an error above all) is undone
/// and the template rendered by Scriban instead, which then reports the error with its location; the plan is not
/// tried again.
/// </summary>
internal sealed class TemplatePlan(BlockStatement body, int slots)
{
    /// <summary>Whether a run was left to Scriban: the plan is then no longer tried.</summary>
    private volatile bool abandoned;

    /// <summary>Writes the template into the context's output; false, with the output as it was, when Scriban must.</summary>
    /// <param name="fallback">False to throw instead of leaving the page to Scriban (for tests that hold a plan to a site).</param>
    public bool TryRun(EscapingTemplateContext context, bool fallback = true)
    {
        if (abandoned || context.Output is not StringBuilderOutput output || !context.EnableOutput)
        {
            return false;
        }

        var (length, used, included) = (output.Builder.Length, context.TemplatesUsed.Count, context.IncludedFrom.Count);
        try
        {
            body.Run(new PlanRun(context, slots));
            return true;
        }
        catch (Exception e) when (fallback || e is ScriptRuntimeException)
        {
            // undone: Scriban writes the template again, or reports what went wrong, with the location it knows
            abandoned = true;
            output.Builder.Length = length;
            context.ForgetMarks(length);
            context.TemplatesUsed.RemoveRange(used, context.TemplatesUsed.Count - used);
            context.IncludedFrom.RemoveRange(included, context.IncludedFrom.Count - included);
            return false;
        }
    }
}
