// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

namespace PhoneDesk {

// A file open under an exclusive advisory lock (flock) that every writer of it in PhoneDesk takes,
// in any process: an append waits while a rewrite replaces the file, and then goes to the new file
// rather than to the one replaced. Created 0600 when the open mode creates it. The lock ends when
// the object goes.
class LockedFile
{
public:
    explicit LockedFile(const QString &path);
    ~LockedFile();
    LockedFile(const LockedFile &) = delete;
    LockedFile &operator=(const LockedFile &) = delete;

    // Opens and locks the file; false, with why in errorString(), when it cannot.
    bool open(QIODevice::OpenMode mode);
    [[nodiscard]] QFile &file() { return m_file; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QFile m_file;
    QString m_error;
};

} // namespace PhoneDesk
