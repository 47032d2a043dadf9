using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Templates;

/// <summary>
/// Renders a layout with its view models, then wraps the result in layouts/base.html.
/// Templates include partials with <c>{{ partial "partials/x.html" }}</c>, which come from the catalogue.
/// </summary>
internal sealed class TemplateRenderer
{
    public const string BaseLayout = "layouts/base.html";

    private readonly TemplateCatalogue catalogue;

    /// <summary>
    /// Scriban's built-in functions (<c>string.upcase</c>, <c>date.now</c>, …), made once, and only when a template
    /// names one: Scriban builds them by reflection, which is slow in the native executable.
    /// </summary>
    private readonly ScriptObject builtins;

    private readonly ScriptObject functions;

    /// <summary>Each layout's template name, made once: every page's facts list the templates that wrote it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> layouts = new(StringComparer.Ordinal);

    /// <summary>
    /// Contexts ready for another page. A Scriban context learns our model types by reflection the first time it
    /// meets them; reusing contexts (one per thread at a time) keeps that work to once per build. A context that
    /// saw an error is not reused.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<EscapingTemplateContext> idle = [];

    /// <summary>
    /// Where the contexts join pages larger than their buffers, one block at a time each, given back after the page:
    /// the build's own, outside the collected heap (see <see cref="SiteBuilder.Diagnostics.LargeBuffers{T}"/>).
    /// </summary>
    private readonly SiteBuilder.Diagnostics.LargeBuffers<char> pages = new();

    private readonly TemplateEvaluation evaluation;

    public TemplateRenderer(TemplateCatalogue catalogue, TemplateEvaluation evaluation = TemplateEvaluation.Plans)
    {
        this.catalogue = catalogue;
        this.evaluation = evaluation;
        builtins = catalogue.UsesBuiltins ? new Scriban.Functions.BuiltinFunctions() : new ScriptObject();
        functions = new ScriptObject();
        functions.SetValue("partial", new PartialFunction(Partial), readOnly: true);
    }

    /// <summary>The whole page, or null when a template failed (the failure is a diagnostic).</summary>
    public string? RenderPage(string layout, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics) =>
        RenderPage(layout, globals, origin, diagnostics, [], html => html.ToString());

    /// <summary>
    /// The whole page, handed to <paramref name="consume"/> while it lies in the renderer's buffer (valid only during
    /// the call: a site page is rewritten from there, so its text is never copied into a string of its own), adding
    /// to <paramref name="used"/> the template files that wrote it. Null when a template failed (a diagnostic).
    /// </summary>
    public T? RenderPage<T>(string layout, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics, List<string> used, Func<ReadOnlyMemory<char>, T> consume)
        where T : class =>
        RenderPage(layout, globals, origin, diagnostics, used, (text, _) => consume(text));

    /// <summary>
    /// As <see cref="RenderPage{T}(string, IReadOnlyDictionary{string, object}, SourceLocation, DiagnosticBag, List{string}, Func{ReadOnlyMemory{char}, T})"/>,
    /// <paramref name="consume"/> given also where the templates wrote the pieces of their stretches (see <see cref="TemplateMark"/>).
    /// </summary>
    public T? RenderPage<T>(string layout, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics, List<string> used, Func<ReadOnlyMemory<char>, IReadOnlyList<TemplateMark>, T> consume)
        where T : class
    {
        // the base layout writes the layout's output straight from the blocks of the layout's buffer, held until the page is done
        return Render(layouts.GetOrAdd(layout, static name => "layouts/" + name + ".html"), globals, origin, diagnostics, used, static (context, template) => context.RenderToBlocks(template), content =>
            Render(BaseLayout, new Dictionary<string, object>(globals) { ["content"] = content }, origin, diagnostics, used, static (context, template) => (context.RenderToBuffer(template), context.Marks), page => consume(page.Item1, page.Item2)));
    }

    public string? Render(string name, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics) =>
        Render(name, globals, origin, diagnostics, [], html => html.ToString());

    private T? Render<T>(string name, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics, List<string> used, Func<ReadOnlyMemory<char>, T?> consume)
        where T : class =>
        Render(name, globals, origin, diagnostics, used, static (context, template) => context.RenderToBuffer(template), consume);

    /// <param name="render">Renders the template in the context, giving what it wrote (in the context's buffer).</param>
    /// <param name="consume">Makes the result of what the template wrote, while it is in the buffer.</param>
    private T? Render<TText, T>(string name, IReadOnlyDictionary<string, object> globals, SourceLocation origin, DiagnosticBag diagnostics, List<string> used, Func<EscapingTemplateContext, Template, TText> render, Func<TText, T?> consume)
        where T : class
    {
        var template = catalogue.Find(name);
        if (template is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingTemplate, origin, MissingMessage(name));
            return null;
        }

        var context = idle.TryTake(out var ready) ? ready : new EscapingTemplateContext(builtins, pages, evaluation == TemplateEvaluation.Scriban ? null : catalogue, fallback: evaluation != TemplateEvaluation.PlansWithoutFallback);
        context.PushGlobal(functions);
        var model = new ScriptObject();
        foreach (var (key, value) in globals)
        {
            model.SetValue(key, value, readOnly: true);
        }

        context.PushGlobal(model);
        context.TemplatesUsed.Add(name);
        try
        {
            var text = render(context, template);
            used.AddRange(context.TemplatesUsed.Where(t => !used.Contains(t)));
            var result = consume(text);
            Release(context);
            return result;
        }
        catch (ScriptRuntimeException e)
        {
            var missing = e as MissingTemplateException ?? e.InnerException as MissingTemplateException;
            var code = missing is null ? DiagnosticCodes.TemplateRuntime : DiagnosticCodes.MissingTemplate;
            var trail = string.Concat(context.IncludedFrom.Select(l => $" (included from {l})"));
            diagnostics.Error(code, TemplateLocations.Of((missing ?? e).Span), (missing ?? e).OriginalMessage + trail);
            used.AddRange(context.TemplatesUsed.Where(t => !used.Contains(t)));
            return null;
        }
    }

    /// <summary>Returns a context that rendered without error to the idle ones, as it was before the page.</summary>
    private void Release(EscapingTemplateContext context)
    {
        context.PopGlobal();
        context.PopGlobal();
        context.TemplatesUsed.Clear();
        context.IncludedFrom.Clear();
        context.ReleaseBuffer();
        idle.Add(context);
    }

    private HtmlChunks Partial(TemplateContext context, string name)
    {
        var template = catalogue.Find(name)
            ?? throw new MissingTemplateException(context.CurrentSpan, MissingMessage(name));
        var escaping = (EscapingTemplateContext)context;
        escaping.TemplatesUsed.Add(name);
        var callSite = context.CurrentSpan;
        try
        {
            return escaping.RenderPartial(template);
        }
        catch (ScriptRuntimeException)
        {
            escaping.IncludedFrom.Add(TemplateLocations.Of(callSite));
            throw;
        }
    }

    /// <summary>"missing template 'templates/layouts/galery.html' (did you mean 'layouts/gallery.html'?)", comparing names within the folder.</summary>
    private string MissingMessage(string name)
    {
        var folder = Path.GetDirectoryName(name) ?? "";
        var siblings = catalogue.Names.Where(n => (Path.GetDirectoryName(n) ?? "") == folder).ToDictionary(n => Path.GetFileNameWithoutExtension(n), StringComparer.Ordinal);
        var near = SpellingSuggester.Nearest(Path.GetFileNameWithoutExtension(name), siblings.Keys);
        return $"missing template 'templates/{name}'" + (near is null ? "" : $" (did you mean '{siblings[near]}'?)");
    }
}
