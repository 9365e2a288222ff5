using Microsoft.Data.Sqlite;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// The benchmark's folders (each year's databases and outbox), deleted together when it ends. The
/// warm-up years' folders are not deleted before the measured year: on ext4, creating a file looks
/// past every inode deleted in the last minutes, so the measured year's outbox would pay for the
/// warm-up's clean-up (seen in perf as most of the kernel time of opening the EHF files).
/// </summary>
public sealed class ScratchFolders : IDisposable
{
    private readonly List<DirectoryInfo> _folders = [];

    public DirectoryInfo Create()
    {
        var folder = Directory.CreateTempSubdirectory("national-benchmark-");
        _folders.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            folder.Delete(recursive: true);
        }
    }
}
