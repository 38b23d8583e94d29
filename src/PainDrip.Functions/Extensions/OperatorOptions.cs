namespace PainDrip.Functions.Extensions;

/// <summary>Access to the operator endpoints (export, erase, coach queue) when no Functions host guards them. Section <c>OperatorOptions</c>.</summary>
public sealed class OperatorOptions
{
    /// <summary>The value callers must send as <c>x-functions-key</c>. Empty: only callers on this machine (loopback) get in.</summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// Whether an Azure Functions host in front of the app already checked the function key (authLevel function).
    /// Set on start when <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> is present; the app then leaves the check to the host.
    /// </summary>
    public bool BehindFunctionsHost { get; set; }
}
