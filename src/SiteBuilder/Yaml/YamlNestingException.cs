using YamlDotNet.Core;

namespace SiteBuilder.Yaml;

/// <summary>Thrown by <see cref="GuardedYamlParser"/> when values nest deeper than it allows.</summary>
internal sealed class YamlNestingException(Mark start, Mark end, string message) : YamlException(start, end, message);
