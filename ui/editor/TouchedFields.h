#pragma once

#include "validation/Finding.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QWidget;

/**
 * Which findings the person should see yet: those of fields they touched — edited and left, or
 * changed with a click — or all once they asked (Next, "Show them") or loaded a definition with
 * content. An empty form thus starts without a wall of errors; validation itself still runs on
 * everything (issue 14).
 */
class TouchedFields : public QObject
{
    Q_OBJECT

public:
    explicit TouchedFields(QObject *parent = nullptr);

    /// @p field's findings are at @p paths (JSON pointers; "" is the definition as a whole).
    void watch(QWidget *field, const QStringList &paths);
    /// The person edited @p field (a watched widget): its paths count as touched once the focus
    /// leaves it, or at once if it does not have the focus (a paste, "Copy from Bokmål").
    void edited(QWidget *field);
    /// Counts @p paths as touched now (a check box or a picker changed).
    void touch(const QStringList &paths);
    void revealAll();
    /// Forgets every touch; with @p revealAll everything is shown (a loaded definition with content).
    void reset(bool revealAll);
    bool allRevealed() const { return m_all; }

    bool isShown(const Validation::Finding &finding) const;
    QList<Validation::Finding> shown(const QList<Validation::Finding> &findings) const;

Q_SIGNALS:
    /// More findings may be shown now.
    void revealed();

private:
    void commit(QWidget *field);
    static bool contains(const QWidget *field, const QWidget *widget);

    QHash<QWidget *, QStringList> m_fields;
    QSet<QWidget *> m_pending;
    QStringList m_touched;
    bool m_all = false;
};
