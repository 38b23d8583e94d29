using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.UseCustomHandlerPort();
builder.Services
    .AddPainDripCore(builder.Configuration)
    .AddPainDripInfrastructure(builder.Configuration)
    .AddPainDripMail();

var app = builder.Build();
app.MapGet("/", () => "PainDrip");
app.MapHealthApi();
app.MapJobsApi();
app.MapInboundEmailApi();
app.MapMailEventsApi();

app.Run();

public partial class Program;
