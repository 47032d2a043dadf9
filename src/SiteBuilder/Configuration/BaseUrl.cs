namespace SiteBuilder.Configuration;

/// <summary>The rules for <c>base_url</c>, shared by site.yaml and the <c>--base-url</c> option.</summary>
public static class BaseUrl
{
    /// <summary>What a site without an address uses: every link stays relative to the root.</summary>
    public const string None = "/";

    /// <summary>
    /// Why an address cannot be published as the site's, or null when it can: none at all, or a placeholder
    /// (example.org, example.com, localhost), which would print a made-up address on every page.
    /// </summary>
    public static string? Placeholder(string baseUrl)
    {
        if (baseUrl == None)
        {
            return "the site has none";
        }

        var host = new Uri(baseUrl).Host;
        return host is "localhost" or "127.0.0.1" || host.EndsWith("example.org", StringComparison.OrdinalIgnoreCase) || host.EndsWith("example.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith("example.net", StringComparison.OrdinalIgnoreCase)
            ? $"'{baseUrl}' is a placeholder"
            : null;
    }

    /// <summary>The address with a trailing '/', or null with <paramref name="problem"/> saying what is wrong with it.</summary>
    public static string? Normalize(string value, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            problem = $"'{value}' is not an absolute http(s) address such as https://example.org/essays/";
            return null;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problem = $"'{value}' must be a plain address, without a query, a '#fragment' or a user name";
            return null;
        }

        return value.EndsWith('/') ? value : value + "/";
    }
}
