using System.Text.Json;
using System.Text.Json.Serialization;

namespace PainDrip.Functions.Apis;

/// <summary>
/// What the Functions host posts to a custom handler for a non-HTTP trigger: <c>{"Data":{…},"Metadata":{…}}</c>.
/// Read case-insensitively; missing and unknown fields are fine.
/// </summary>
public sealed record CustomHandlerRequest(TimerTriggerData? Data, JsonElement? Metadata);

/// <summary>The <c>Data</c> of a timer invocation: one entry per binding, keyed by its name in function.json (<c>timer</c>).</summary>
public sealed record TimerTriggerData(TimerInfo? Timer);

/// <summary>The timer binding's value as the host sends it.</summary>
/// <param name="Schedule">The schedule settings (such as <c>AdjustForDST</c>), kept as sent.</param>
/// <param name="ScheduleStatus">When the timer last ran and will next run, if the host monitors it.</param>
/// <param name="IsPastDue">The run is late (the app was down at the scheduled time).</param>
public sealed record TimerInfo(JsonElement? Schedule, TimerScheduleStatus? ScheduleStatus, bool IsPastDue);

/// <summary>The host's record of the schedule; kept as text because the host writes dates in more than one form.</summary>
public sealed record TimerScheduleStatus(string? Last, string? Next, string? LastUpdated);

/// <summary>
/// The answer the host expects: <c>{"Outputs":{},"Logs":[…],"ReturnValue":null}</c>. <c>Logs</c> go to the
/// invocation log; a non-2xx status marks the invocation failed.
/// </summary>
public sealed record CustomHandlerResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    /// <summary>A response with no outputs and no return value, only log lines.</summary>
    public static CustomHandlerResponse FromLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
