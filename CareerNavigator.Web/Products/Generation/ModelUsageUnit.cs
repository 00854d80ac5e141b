namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// One unit of a user's daily model allowance, held while the work runs. Call <see cref="Keep"/> once the work has
/// succeeded; disposing a unit that was not kept (the work threw, failed or was cancelled) gives it back.
/// </summary>
public sealed class ModelUsageUnit(ModelUsageMeter meter, int userId, DateOnly day) : IAsyncDisposable
{
    private bool _settled;

    /// <summary>The UTC day the unit was taken from, to give it back to later (a queued job's unit).</summary>
    public DateOnly Day => day;

    public void Keep() => _settled = true;

    public async ValueTask DisposeAsync()
    {
        if (!_settled)
        {
            _settled = true;
            await meter.GiveBackAsync(userId, day);
        }
    }
}
