using PainDrip.Functions.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.UseCustomHandlerPort();

var app = builder.Build();
app.MapGet("/", () => "PainDrip");

app.Run();

public partial class Program;
