#include "editor/TouchedFields.h"

#include <QApplication>
#include <QWidget>

#include <algorithm>

TouchedFields::TouchedFields(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        const QList<QWidget *> pending(m_pending.cbegin(), m_pending.cend());
        for (QWidget *field : pending) {
            if (contains(field, old) && !contains(field, now))
                commit(field);
        }
    });
}

void TouchedFields::watch(QWidget *field, const QStringList &paths)
{
    m_fields.insert(field, paths);
    connect(field, &QObject::destroyed, this, [this, field] {
        m_fields.remove(field);
        m_pending.remove(field);
    });
}

void TouchedFields::edited(QWidget *field)
{
    if (!m_fields.contains(field))
        return;
    if (contains(field, QApplication::focusWidget()))
        m_pending.insert(field);
    else
        commit(field);
}

void TouchedFields::touch(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        if (!m_touched.contains(path)) {
            m_touched.append(path);
            added = true;
        }
    }
    if (added && !m_all)
        Q_EMIT revealed();
}

void TouchedFields::revealAll()
{
    if (m_all)
        return;
    m_all = true;
    m_pending.clear();
    Q_EMIT revealed();
}

void TouchedFields::reset(bool revealAll)
{
    m_pending.clear();
    m_touched.clear();
    m_all = revealAll;
}

bool TouchedFields::isShown(const Validation::Finding &finding) const
{
    return m_all || std::any_of(m_touched.cbegin(), m_touched.cend(), [&finding](const QString &path) {
        return path.isEmpty() ? finding.path.isEmpty()
                              : finding.path == path || finding.path.startsWith(path + u'/');
    });
}

QList<Validation::Finding> TouchedFields::shown(const QList<Validation::Finding> &findings) const
{
    QList<Validation::Finding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
        [this](const Validation::Finding &finding) { return isShown(finding); });
    return result;
}

void TouchedFields::commit(QWidget *field)
{
    m_pending.remove(field);
    touch(m_fields.value(field));
}

bool TouchedFields::contains(const QWidget *field, const QWidget *widget)
{
    return widget && (widget == field || field->isAncestorOf(widget));
}
