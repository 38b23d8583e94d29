namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A journey through the real service: a fresh app (own tables, empty inbox) per test, and a driver for it.</summary>
[Collection(EndToEndCollection.Name)]
public abstract class Journey(ServiceFixture world) : IAsyncLifetime
{
    protected ServiceApp App { get; private set; } = null!;

    protected Drive Drive { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        App = await world.StartAppAsync();
        Drive = new Drive(App);
    }

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}
