namespace PainDrip.Functions.Extensions;

public static class CustomHandlerExtensions
{
    /// <summary>
    /// Under the Azure Functions host, listens on 127.0.0.1 at the port the host exports
    /// (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c>); otherwise the usual ASP.NET Core URL settings apply.
    /// </summary>
    public static WebApplicationBuilder UseCustomHandlerPort(this WebApplicationBuilder builder)
    {
        var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT")
            ?? Environment.GetEnvironmentVariable("FUNCTIONS_HTTPWORKER_PORT");
        if (int.TryParse(port, out var number))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{number}");
        }
        return builder;
    }
}
