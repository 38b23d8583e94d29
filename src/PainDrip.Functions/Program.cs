using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.UseCustomHandlerPort();
builder.Services.AddTableStorage(builder.Configuration);

var app = builder.Build();
app.MapGet("/", () => "PainDrip");
app.MapHealthApi();

app.Run();

public partial class Program;
