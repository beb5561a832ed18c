// SPDX-License-Identifier: MIT
#include "lockedfile.h"

#include "privatefiles.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <sys/stat.h>
#endif

namespace PhoneDesk {

LockedFile::LockedFile(const QString &path)
    : m_file(path)
{
}

// Closing the file ends its lock.
LockedFile::~LockedFile() = default;

bool LockedFile::open(QIODevice::OpenMode mode)
{
    // A rewrite renames a new file over the name while this waits for the old one's lock: then
    // the name is opened again. Bounded, so that a file replaced without end cannot hold it.
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (!m_file.open(mode, PrivateFiles::kFileMode)) {
            m_error = m_file.errorString();
            return false;
        }
#ifdef Q_OS_UNIX
        int locked;
        do
            locked = ::flock(m_file.handle(), LOCK_EX);
        while (locked != 0 && errno == EINTR);
        if (locked != 0) {
            m_error = QStringLiteral("it cannot be locked: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            m_file.close();
            return false;
        }
        struct stat opened {}, named {};
        if (::fstat(m_file.handle(), &opened) == 0 && ::stat(QFile::encodeName(m_file.fileName()).constData(), &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino)
            return true;
        m_file.close();
#else
        return true;
#endif
    }
    m_error = QStringLiteral("it was replaced again and again while waiting for it");
    return false;
}

} // namespace PhoneDesk
