using Scriban;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Templates;

/// <summary>Every template of the site, parsed once per build and looked up by path ("layouts/essay.html").</summary>
internal sealed class TemplateCatalogue
{
    private readonly Dictionary<string, Template> templates;

    /// <summary>Each template's plan, where every node of it has one (see <see cref="Plans.PlanCompiler"/>).</summary>
    private readonly Dictionary<Template, Plans.TemplatePlan> plans = new(ReferenceEqualityComparer.Instance);

    private TemplateCatalogue(Dictionary<string, Template> templates, MarkupReader? read)
    {
        this.templates = templates;
        foreach (var template in templates.Values)
        {
            if (Plans.PlanCompiler.Compile(template, read) is { } plan)
            {
                plans[template] = plan;
            }
        }

        var names = new GlobalNameCollector();
        foreach (var template in templates.Values)
        {
            template.Page?.Accept(names);
        }

        UsesBuiltins = names.Names.Overlaps(BuiltinNames);
    }

    /// <summary>The names under which Scriban offers its built-in functions and objects.</summary>
    public static IReadOnlySet<string> BuiltinNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "array", "blank", "date", "empty", "html", "include", "include_join", "math", "object", "regex", "string", "timespan",
    };

    /// <summary>Whether any template names one of Scriban's built-ins, so that the renderer must offer them.</summary>
    public bool UsesBuiltins { get; }

    /// <param name="read">How the page's rewriter reads markup: given, the plans mark where they write their stretches,
    /// whose tags the rewriter then takes as read (see <see cref="MarkupRun"/>).</param>
    public static TemplateCatalogue Parse(IEnumerable<SourceFile> files, DiagnosticBag diagnostics, MarkupReader? read = null)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Name(file.Path);
            var template = Template.Parse(file.Text, file.Path);
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, TemplateLocations.Of(message.Span), message.Message);
            }

            if (!template.HasErrors)
            {
                parsed[name] = template;
            }
        }

        return new TemplateCatalogue(parsed, read);
    }

    public IEnumerable<string> Names => templates.Keys;

    public Template? Find(string name) => templates.GetValueOrDefault(name);

    /// <summary>The template's plan, or null when Scriban interprets it.</summary>
    public Plans.TemplatePlan? PlanOf(Template template) => plans.GetValueOrDefault(template);

    /// <summary>"templates/layouts/base.html" is known as "layouts/base.html".</summary>
    private static string Name(string path) => path.StartsWith("templates/", StringComparison.Ordinal) ? path["templates/".Length..] : path;
}
