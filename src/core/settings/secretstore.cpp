// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QEventLoop>

namespace PhoneDesk {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretResult SecretStore::readNow(const QString &profileId)
{
    QEventLoop loop;
    SecretResult answer;
    read(profileId, &loop, [&loop, &answer](const SecretResult &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    return answer;
}

void SecretStore::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

} // namespace PhoneDesk
