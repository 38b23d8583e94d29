namespace PainDrip.Core.Intake;

/// <summary>One problem with one field of a sign-up, in words the person understands.</summary>
/// <param name="Field">The JSON path of the field, such as <c>profile.painNow</c> or <c>profile.areas[1]</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record FieldError(string Field, string Message);
