namespace Nextfunc.Tests.Caching.Support;

public sealed record Product(string Name, decimal Price);
