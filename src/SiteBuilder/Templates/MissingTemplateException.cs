using Scriban.Parsing;
using Scriban.Syntax;

namespace SiteBuilder.Templates;

/// <summary>Raised inside a template when it includes a partial the catalogue does not have; reported as SB0403.</summary>
internal sealed class MissingTemplateException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
