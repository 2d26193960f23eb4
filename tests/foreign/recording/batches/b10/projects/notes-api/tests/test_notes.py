import unittest

from notes import create_app, db


class NotesApiTest(unittest.TestCase):
    def setUp(self):
        self.app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
        with self.app.app_context():
            db.create_all()
        self.client = self.app.test_client()

    def test_create_and_list(self):
        r = self.client.post("/notes", json={"title": "standup", "body": "ship 2.3"})
        self.assertEqual(r.status_code, 201)
        r = self.client.get("/notes")
        self.assertEqual([n["title"] for n in r.get_json()], ["standup"])

    def test_create_note_requires_title(self):
        r = self.client.post("/notes", json={"body": "no title"})
        self.assertEqual(r.status_code, 400)
        self.assertEqual(r.get_json(), {"error": "title is required"})


if __name__ == "__main__":
    unittest.main()
