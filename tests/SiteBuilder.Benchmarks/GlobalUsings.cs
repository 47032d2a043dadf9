// The namespaces most benchmarks use: the build's phases and their inputs, and the clocks that time them.
global using System.Diagnostics;
global using SiteBuilder.Build;
global using SiteBuilder.Citations;
global using SiteBuilder.Content;
global using SiteBuilder.Diagnostics;
global using SiteBuilder.Markdown;
global using SiteBuilder.Templates;
