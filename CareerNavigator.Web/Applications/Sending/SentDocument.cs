using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Applications.Sending;

/// <summary>One version sent with an application: the document as it was sent, the user's name for it, its design and when it was frozen.</summary>
public sealed record SentDocument(GeneratedProduct Version, string? Name, DocumentDesign Design, DateTime FrozenAt);
