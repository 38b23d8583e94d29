using System.Runtime.CompilerServices;
using PainDrip.Functions.Standalone;

namespace PainDrip.Functions.Tests.Support;

/// <summary>
/// No Functions host runs here, so every app these tests start (<c>WebApplicationFactory&lt;Program&gt;</c>) is the same
/// executable in standalone mode, switched on explicitly through its environment variable before any test runs.
/// Processes the tests start themselves (the published app) get their own environment and switches.
/// </summary>
internal static class StandaloneForTests
{
#pragma warning disable CA2255 // A test assembly, not a library: this is the one place its apps get their mode.
    [ModuleInitializer]
    internal static void SwitchOn() => Environment.SetEnvironmentVariable(StandaloneMode.Setting, "true");
#pragma warning restore CA2255
}
