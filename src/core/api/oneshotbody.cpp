// SPDX-License-Identifier: MIT
#include "oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace PhoneDesk {

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::reset()
{
    // An empty body is never read: only the request's head tells that it went out, and Qt asks
    // for a rewind only to send the request again.
    return !m_read && !m_bytes.isEmpty() && QIODevice::reset();
}

bool OneShotBody::seek(qint64 pos)
{
    if (m_read && pos < QIODevice::pos())
        return false;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - at);
    if (count <= 0)
        return at >= m_bytes.size() ? -1 : 0;
    std::memcpy(data, m_bytes.constData() + at, size_t(count));
    m_read = true;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace PhoneDesk
