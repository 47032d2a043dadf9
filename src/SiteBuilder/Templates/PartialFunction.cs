using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteBuilder.Templates;

/// <summary>
/// <c>{{ partial "partials/x.html" }}</c>: renders another template of the catalogue in place. Written as a Scriban
/// function object rather than an imported delegate, which Scriban would inspect by reflection; that inspection
/// was most of the start-up of a small site's build in the native executable.
/// </summary>
internal sealed class PartialFunction(Func<TemplateContext, string, HtmlChunks> render) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlChunks);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count == 1 ? arguments[0] switch { string text => text, HtmlString html => html.Html, _ => null } : null;
        if (name is null)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"'partial' takes one argument, the template's path (\"partials/name.html\"), not {Described(arguments)}");
        }

        return render(context, name);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static string Described(ScriptArray arguments) => arguments.Count switch
    {
        0 => "none",
        1 => $"a {(arguments[0] is null ? "null" : arguments[0]!.GetType().Name.ToLowerInvariant())}",
        var n => $"{n} arguments",
    };
}
