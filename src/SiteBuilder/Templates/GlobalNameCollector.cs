using Scriban.Syntax;

namespace SiteBuilder.Templates;

/// <summary>Every global name a template reads or calls (<c>page</c>, <c>string</c> in <c>string.upcase</c>, <c>partial</c>), not the members it reads (<c>x.string</c>).</summary>
internal sealed class GlobalNameCollector : ScriptVisitor
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public override void Visit(ScriptVariableGlobal node)
    {
        Names.Add(node.Name);
        base.Visit(node);
    }

    public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);
}
