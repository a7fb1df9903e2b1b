"""kern"""
