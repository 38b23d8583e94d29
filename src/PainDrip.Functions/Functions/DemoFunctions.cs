using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using NodaTime;
using NodaTime.Text;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Functions;

/// <summary>Local demo helpers: they answer in Development only (404 anywhere else).</summary>
public sealed class DemoFunctions(IHostEnvironment environment, TimeProvider time, IClock clock, ILogger<DemoClock> logger)
{
    private const int MaxDays = 400;
    private const int MaxHours = 24 * MaxDays;

    /// <summary>POST /api/dev/advance?days=N&amp;hours=M: moves the demo clock forward; everything that reads the clock moves with it.</summary>
    [Function("DemoAdvance")]
    public IResult Advance([HttpTrigger(AuthorizationLevel.Function, "post", Route = "dev/advance")] HttpRequest request)
    {
        if (!environment.IsDevelopment())
        {
            return TypedResults.NotFound();
        }
        if (time is not DemoClock demo)
        {
            return TypedResults.Problem("The app is not running on the demo clock.", statusCode: StatusCodes.Status409Conflict);
        }
        if (!TryCount(request.Query["days"].FirstOrDefault(), MaxDays, out var days)
            || !TryCount(request.Query["hours"].FirstOrDefault(), MaxHours, out var hours))
        {
            return TypedResults.Problem(
                $"days (0–{MaxDays}) and hours (0–{MaxHours}) must be whole numbers; time only moves forward (restart the app to reset it).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        var now = demo.Advance(TimeSpan.FromDays(days) + TimeSpan.FromHours(hours));
        OperatorLog.ClockAdvanced(logger, demo.Offset, now);
        return TypedResults.Ok(new DemoTime(
            InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()), demo.Offset.ToString("c", CultureInfo.InvariantCulture)));
    }

    private static bool TryCount(string? text, int max, out int count)
    {
        count = 0;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count <= max);
    }
}
