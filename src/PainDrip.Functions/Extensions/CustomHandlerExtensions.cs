namespace PainDrip.Functions.Extensions;

public static class CustomHandlerExtensions
{
    /// <summary>The port the Functions host gives its custom handler, or <see langword="null"/> when the app runs on its own.</summary>
    public static int? FunctionsHostPort()
    {
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT")
            ?? Environment.GetEnvironmentVariable("FUNCTIONS_HTTPWORKER_PORT");
        return int.TryParse(port, out var number) ? number : null;
    }

    /// <summary>Whether the Azure Functions host started this process.</summary>
    public static bool IsUnderFunctionsHost() => FunctionsHostPort() is not null;

    /// <summary>
    /// Under the Azure Functions host, listens on 127.0.0.1 at the port the host exports;
    /// otherwise the usual ASP.NET Core URL settings apply.
    /// </summary>
    public static WebApplicationBuilder UseCustomHandlerPort(this WebApplicationBuilder builder)
    {
        if (FunctionsHostPort() is { } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        return builder;
    }
}
