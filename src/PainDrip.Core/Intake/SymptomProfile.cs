using System.Text.Json.Serialization;
using NodaTime;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Intake;

/// <summary>What a person tells us about their pain when they sign up.</summary>
/// <param name="Areas">Where it hurts; at least one.</param>
/// <param name="Side">Which side hurts.</param>
/// <param name="DominantHand">The hand they favour, when given.</param>
/// <param name="Onset">The local date the pain started.</param>
/// <param name="PainNow">Pain now on a 0–10 scale.</param>
/// <param name="Severity">How bad it feels in daily life.</param>
/// <param name="Triggers">What tends to set it off; may be empty.</param>
/// <param name="RedFlags">Warning signs ticked at sign-up; any one refuses self-care enrollment.</param>
public sealed record SymptomProfile(
    IReadOnlyList<Area> Areas,
    Side Side,
    Hand? DominantHand,
    [property: JsonConverter(typeof(LocalDateJsonConverter))] LocalDate Onset,
    int PainNow,
    Severity Severity,
    IReadOnlyList<Trigger> Triggers,
    IReadOnlyList<RedFlag> RedFlags);
