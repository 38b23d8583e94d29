namespace PainDrip.Functions.Extensions;

/// <summary>
/// Access to the operator functions (export, erase, coach queue, the admin route) in standalone mode, where no Functions
/// host checks function keys. Section <c>OperatorOptions</c>; not read under the host.
/// </summary>
public sealed class OperatorOptions
{
    /// <summary>The value callers must send as <c>x-functions-key</c>. Empty: only callers on this machine (loopback) get in.</summary>
    public string Key { get; set; } = "";
}
