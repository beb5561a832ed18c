// SPDX-License-Identifier: MIT
#include "smsblocklistreader.h"

namespace PhoneDesk {

SmsBlocklistReader::SmsBlocklistReader(QObject *parent)
    : QObject(parent)
{
}

SmsBlocklistReader::~SmsBlocklistReader()
{
    ++m_generation;
    m_call.abort();
}

bool SmsBlocklistReader::blocksRegion(const QString &regionCode) const
{
    return m_blocklist && m_blocklist->blocksRegion(regionCode);
}

void SmsBlocklistReader::read()
{
    if (loading())
        return;
    if (!m_client) {
        m_error = ApiError::fromOwnWords(QStringLiteral("GET /instance/communication"), ApiError::Transport::Refused,
                                         QT_TRANSLATE_NOOP("ApiError", "there is no connection"));
        Q_EMIT stateChanged();
        return;
    }
    const quint64 generation = m_generation;
    m_loading = true;
    m_call = m_client->getInstanceCommunication(this, [this, generation](const ApiResult<InstanceCommunication> &result) {
        take(generation, result);
    });
    Q_EMIT stateChanged();
}

void SmsBlocklistReader::restart()
{
    ++m_generation;
    m_call.abort();
    m_call = {};
    m_loading = false;
    const bool hadBlocklist = m_blocklist.has_value();
    m_blocklist.reset();
    m_error.reset();
    if (hadBlocklist)
        Q_EMIT blocklistChanged();
    Q_EMIT stateChanged();
    read();
}

void SmsBlocklistReader::take(quint64 generation, const ApiResult<InstanceCommunication> &result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!result.ok()) {
        // The blocklist read before stays: a failed re-read does not make it wrong.
        m_error = result.error();
        Q_EMIT stateChanged();
        return;
    }
    m_error.reset();
    const SmsBlocklist blocklist = SmsBlocklist::of(result.value());
    const bool changed = m_blocklist != blocklist;
    m_blocklist = blocklist;
    if (changed)
        Q_EMIT blocklistChanged();
    Q_EMIT stateChanged();
}

} // namespace PhoneDesk
