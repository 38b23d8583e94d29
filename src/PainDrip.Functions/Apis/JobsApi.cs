using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Jobs;

namespace PainDrip.Functions.Apis;

public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        // A custom handler gets a timer as POST /{FunctionName}: no /api prefix, the host's envelope in and out.
        app.MapPost("/SendDueLessons", SendDueLessonsAsync);
        return app;
    }

    /// <summary>
    /// Runs the lesson timer once; 500 (with the reason in Logs) makes the host record a failed invocation.
    /// Incomplete settings are named in Logs, so the invocation log says what the operator must set.
    /// </summary>
    public static async Task<JsonHttpResult<CustomHandlerResponse>> SendDueLessonsAsync(
        CustomHandlerRequest? request, SettingsReport settings, IServiceProvider services, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var pastDue = request?.Data?.Timer?.IsPastDue == true ? " (past due)" : "";
        if (!settings.IsComplete)
        {
            var logs = settings.Problems.Select(problem => $"Setting problem: {problem}").Prepend("SendDueLessons skipped: settings are incomplete.");
            return TypedResults.Json(new CustomHandlerResponse(new Dictionary<string, object?>(), logs.ToList(), null),
                statusCode: StatusCodes.Status500InternalServerError);
        }
        try
        {
            var summary = await services.GetRequiredService<ILessonScheduler>().SendDueAsync(cancellationToken);
            return TypedResults.Json(CustomHandlerResponse.FromLogs(summary + pastDue), statusCode: StatusCodes.Status200OK);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.RunFailed(loggers.CreateLogger(typeof(JobsApi).FullName!), exception.GetType().Name);
            var response = CustomHandlerResponse.FromLogs($"SendDueLessons failed: {exception.GetType().Name}{pastDue}");
            return TypedResults.Json(response, statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
