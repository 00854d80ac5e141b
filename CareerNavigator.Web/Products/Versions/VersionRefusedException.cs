namespace CareerNavigator.Web.Products.Versions;

/// <summary>A change to a version that was refused for a reason the user can act on; the message is for them.</summary>
public class VersionRefusedException(string message) : Exception(message);

/// <summary>Someone (another tab, another device) changed the versions since this page read them.</summary>
public sealed class VersionsChangedMeanwhileException(string message) : VersionRefusedException(message);

/// <summary>The version does not exist or is not the user's (the same answer, so nothing leaks).</summary>
public sealed class VersionNotFoundException() : VersionRefusedException(ProductVersionService.NotFoundMessage);
