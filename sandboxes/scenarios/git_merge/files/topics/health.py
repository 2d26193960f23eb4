"""Health check with database ping."""
def health(db):
    try:
        db.execute("SELECT 1")
    except Exception as error:
        return {"status": "down", "error": str(error)}
    return {"status": "ok"}
