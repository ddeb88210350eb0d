#include "costmodel.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

bool CostModel::parse(const QString& spec, CostModel* into)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    if (parts.size() != 3)
        return false;
    double v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[i] < 0)
            return false;
    }
    into->requestMs = v[0];
    into->callMs = v[1];
    into->rowUs = v[2];
    return true;
}

WorkerPool::WorkerPool(int workers)
{
    m_clock.start();
    if (workers > 0)
        m_freeAt.fill(0.0, workers);
}

qint64 WorkerPool::delayFor(double costMs)
{
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    if (m_freeAt.isEmpty())
        return qint64(std::ceil(costMs));
    auto first = std::min_element(m_freeAt.begin(), m_freeAt.end());
    const double done = std::max(now, *first) + costMs;
    *first = done;
    return qint64(std::ceil(done - now));
}
