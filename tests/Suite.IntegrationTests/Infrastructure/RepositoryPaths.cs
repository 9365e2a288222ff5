namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>Finds folders of the repository, so each host runs with its own content root and settings.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intermunicipal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Intermunicipal.sln not found above " + AppContext.BaseDirectory);
    }
}
