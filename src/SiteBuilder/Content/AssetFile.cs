namespace SiteBuilder.Content;

/// <summary>A file copied to the output as it is (CSS, JavaScript, icons), named by its path under templates/assets.</summary>
public sealed record AssetFile(string Path, byte[] Bytes);
