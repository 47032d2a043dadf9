using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteBuilder.Yaml;

/// <summary>
/// Wraps YamlDotNet's parser to keep what a diagnostic needs when the parser fails without a position
/// (it throws a bare <see cref="InvalidOperationException"/> on an unclosed <c>[</c> or <c>{</c>), and to stop
/// nesting bombs before the node builder recurses deep enough to overflow the stack.
/// </summary>
internal sealed class GuardedYamlParser(string text) : IParser
{
    /// <summary>Far beyond any real settings or bibliography, far below what would endanger the stack.</summary>
    public const int MaxDepth = 64;

    private readonly Scanner scanner = new(new StringReader(text), skipComments: true);
    /// <summary>Every collection still open, innermost first; block collections carry '\0' as their opener.</summary>
    private readonly Stack<(Mark Start, char Opener)> openFlows = new();
    private Parser? parser;
    private int depth;

    public ParsingEvent? Current => Inner.Current;

    /// <summary>Where the scanner had got to: the best position for a failure that carries none.</summary>
    public Mark Position => scanner.CurrentPosition;

    /// <summary>The innermost <c>[</c> or <c>{</c> still open, if any.</summary>
    public (Mark Start, char Opener)? InnermostOpenFlow =>
        openFlows.Where(f => f.Opener != '\0').Select(f => ((Mark, char)?)f).FirstOrDefault();

    private Parser Inner => parser ??= new Parser(scanner);

    public bool MoveNext()
    {
        if (!Inner.MoveNext())
        {
            return false;
        }

        switch (Inner.Current)
        {
            case SequenceStart start:
                Enter(start, '[', start.Style == YamlDotNet.Core.Events.SequenceStyle.Flow);
                break;
            case MappingStart start:
                Enter(start, '{', start.Style == YamlDotNet.Core.Events.MappingStyle.Flow);
                break;
            case SequenceEnd or MappingEnd:
                Leave();
                break;
        }

        return true;
    }

    private void Enter(ParsingEvent start, char opener, bool flow)
    {
        if (++depth > MaxDepth)
        {
            throw new YamlNestingException(start.Start, start.End, $"values are nested more than {MaxDepth} levels deep");
        }

        openFlows.Push((start.Start, flow ? opener : '\0'));
    }

    private void Leave()
    {
        depth--;
        if (openFlows.Count > 0)
        {
            openFlows.Pop();
        }
    }
}
