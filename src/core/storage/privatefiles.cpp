// SPDX-License-Identifier: MIT
#include "privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PhoneDesk {

namespace {
#ifdef Q_OS_UNIX
constexpr mode_t kFileBits = 0600;
constexpr mode_t kFolderBits = 0700;

QString why()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Narrows `path` to `bits` when group or others have any access to it; symbolic links are left.
PrivateOutcome narrow(const QString &path, mode_t bits)
{
    PrivateOutcome outcome;
    struct stat info {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &info) != 0) {
        if (errno != ENOENT)
            outcome.error = QStringLiteral("%1 cannot be read: %2").arg(path, why());
        return outcome;
    }
    if (S_ISLNK(info.st_mode) || (info.st_mode & 077) == 0)
        return outcome;
    if (::chmod(name.constData(), bits) != 0) {
        outcome.error = QStringLiteral("%1 cannot be made private: %2").arg(path, why());
        return outcome;
    }
    outcome.tightened.append(path);
    return outcome;
}
#endif
} // namespace

void PrivateOutcome::add(const PrivateOutcome &other)
{
    tightened.append(other.tightened);
    if (error.isEmpty())
        error = other.error;
}

void PrivateFiles::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

PrivateOutcome PrivateFiles::makeFolder(const QString &folder)
{
    PrivateOutcome outcome;
#ifdef Q_OS_UNIX
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The missing folders, outermost first: each is made 0700 (umask can only take bits away).
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &each : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(each).constData(), kFolderBits) != 0 && errno != EEXIST) {
            outcome.error = QStringLiteral("the folder %1 cannot be created: %2").arg(each, why());
            return outcome;
        }
    }
    if (!QFileInfo(absolute).isDir()) {
        outcome.error = QStringLiteral("%1 is not a folder").arg(absolute);
        return outcome;
    }
    if (missing.isEmpty())
        outcome = narrow(absolute, kFolderBits);
#else
    if (!QDir().mkpath(folder))
        outcome.error = QStringLiteral("the folder %1 cannot be created").arg(folder);
#endif
    return outcome;
}

PrivateOutcome PrivateFiles::narrowFile(const QString &path)
{
#ifdef Q_OS_UNIX
    return narrow(path, kFileBits);
#else
    Q_UNUSED(path)
    return {};
#endif
}

PrivateOutcome PrivateFiles::narrowTree(const QString &folder)
{
    PrivateOutcome outcome;
#ifdef Q_OS_UNIX
    if (!QFileInfo(folder).isDir())
        return outcome;
    outcome = narrow(folder, kFolderBits);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        outcome.add(narrow(path, info.isDir() ? kFolderBits : kFileBits));
    }
#else
    Q_UNUSED(folder)
#endif
    return outcome;
}

bool PrivateFiles::commit(QSaveFile &file, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        file.cancelWriting();
        file.commit();
        return false;
    };
    // The temporary file is the one renamed: its mode is the file's from then on.
    if (!file.setPermissions(kFileMode))
        return fail(QStringLiteral("%1 cannot be made private: %2").arg(file.fileName(), file.errorString()));
    if (!file.flush())
        return fail(QStringLiteral("%1 could not be written: %2").arg(file.fileName(), file.errorString()));
#ifdef Q_OS_UNIX
    // QSaveFile syncs before its rename too, but ignores a failure; here a failure is one.
    if (::fsync(file.handle()) != 0)
        return fail(QStringLiteral("%1 could not be written to the disk: %2").arg(file.fileName(), why()));
#endif
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1 could not be written: %2").arg(file.fileName(), file.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    // The rename is an entry of the folder: on the disk only once the folder is synced.
    const QByteArray folder = QFile::encodeName(QFileInfo(file.fileName()).absolutePath());
    const int handle = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (handle >= 0) {
        ::fsync(handle);
        ::close(handle);
    }
#endif
    return true;
}

QString PrivateFiles::modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1").arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
#else
    Q_UNUSED(path)
    return {};
#endif
}

} // namespace PhoneDesk
