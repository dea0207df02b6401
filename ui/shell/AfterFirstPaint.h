#pragma once

#include <QObject>

#include <functional>

class QWidget;

/**
 * Runs work once @p window has painted its first frame, so that start-up shows the window before anything
 * that can wait (the in-process sandbox, the window icon). Call it before the window's first paint (around
 * show()); the work never runs when the window goes away first.
 */
void afterFirstPaint(QWidget *window, std::function<void()> work);
