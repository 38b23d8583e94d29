using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>The time the demo clock reads after a move, and how far ahead of real time it runs.</summary>
public sealed record DemoTime(string Now, string Offset);

/// <summary>Local demo helpers, mapped in Development only (by <see cref="OperatorApi.MapOperatorApi"/>).</summary>
public static class DemoApi
{
    private const int MaxDays = 400;
    private const int MaxHours = 24 * MaxDays;

    public static IEndpointRouteBuilder MapDemoApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dev/advance", Advance).AddEndpointFilter<OperatorKeyFilter>();
        return app;
    }

    /// <summary>POST /api/dev/advance?days=N&amp;hours=M: moves the demo clock forward; everything that reads the clock moves with it.</summary>
    public static Results<Ok<DemoTime>, ProblemHttpResult> Advance(
        string? days, string? hours, TimeProvider time, IClock clock, ILogger<DemoClock> logger)
    {
        if (time is not DemoClock demo)
        {
            return TypedResults.Problem("The app is not running on the demo clock.", statusCode: StatusCodes.Status409Conflict);
        }
        if (!TryCount(days, MaxDays, out var dayCount) || !TryCount(hours, MaxHours, out var hourCount))
        {
            return TypedResults.Problem(
                $"days (0–{MaxDays}) and hours (0–{MaxHours}) must be whole numbers; time only moves forward (restart the app to reset it).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        var now = demo.Advance(TimeSpan.FromDays(dayCount) + TimeSpan.FromHours(hourCount));
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
