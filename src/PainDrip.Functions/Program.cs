using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.UseCustomHandlerPort();
builder.Services
    .AddPainDripCore(builder.Configuration)
    .AddPainDripInfrastructure(builder.Configuration)
    .AddEnrollment()
    .AddPainDripMail()
    .AddPainDripOperator(builder.Configuration)
    .AddPreferences()
    .AddSettingsReport(startWhenIncomplete: CustomHandlerExtensions.IsUnderFunctionsHost());

var app = builder.Build();
app.MapHealthApi();
app.MapEnrollmentApi();
app.MapPreferenceApi();
app.MapInboundEmailApi();
app.MapMailEventsApi();
app.MapJobsApi();
app.MapOperatorApi();

app.Run();

public partial class Program;
