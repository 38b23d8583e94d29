using NodaTime;
using PainDrip.Core;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Bench;

/// <summary>How many whole 6-week programs a second the planner walks (the cost behind <c>paindrip simulate</c>).</summary>
internal static class PlannerBench
{
    private const string Profile = """
        {"email":"sam@example.com","firstName":"Sam","timeZone":"Europe/London","sendHour":7,"consent":true,
         "profile":{"areas":["between_shoulder_blades"],"side":"right","dominantHand":"right","onset":"2026-01-05",
                    "painNow":6,"severity":"moderate","triggers":["desk_posture"],"redFlags":[]}}
        """;

    public static void Run(TimeSpan duration)
    {
        var library = MarkdownLessonLibrary.Load(FindLessons());
        var simulation = new ProgramSimulation(library, ReplyReader.Instance);
        var request = System.Text.Json.JsonSerializer.Deserialize<EnrollmentRequest>(Profile, CoreJson.Options)!;
        SimulatedReply[] replies = [new(6, "5/10, a bit better"), new(13, "4"), new(20, "flared up, 7/10"), new(27, "3 out of 10")];
        Measure.Rate("planner (6-week programs)", 1, duration, () => simulation.Run(request, new LocalDate(2026, 3, 2), replies));
    }

    private static string FindLessons()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "lessons");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("content/lessons not found above " + AppContext.BaseDirectory);
    }
}
