using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>Unlike <see cref="Progress{T}"/>, reports on the caller's thread, so a test sees every report in order.</summary>
public sealed class SyncProgress(Action<GenerationProgress>? onReport = null) : IProgress<GenerationProgress>
{
    public List<GenerationProgress> Reports { get; } = [];

    public void Report(GenerationProgress value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
