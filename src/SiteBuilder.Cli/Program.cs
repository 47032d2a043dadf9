using System.Globalization;
using SiteBuilder.Cli;

// Output must not depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

return await new CliApplication(Console.Out, Console.Error).RunAsync(args);
